package com.nashir.setup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SetupCodesTest {

    @Test
    void codesAreFourGroupsOfFourWithoutLookAlikes() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            String code = SetupCodes.generate();
            assertThat(code).matches("[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){3}");
            seen.add(code);
        }
        assertThat(seen).hasSize(200);
    }

    @Test
    void aCodeTypedInLowerCaseWithSpacesOrArabicDigitsMatches() {
        assertThat(SetupCodes.matches("K7QM-2XRD-9WPA-HT4C", "k7qm 2xrd 9wpa ht4c"))
                .isTrue();
        assertThat(SetupCodes.matches("K7QM-2XRD-9WPA-HT4C", "  K7QM2XRD9WPAHT4C\n"))
                .isTrue();
        assertThat(SetupCodes.matches("K7QM-2XRD-9WPA-HT4C", "K٧QM-٢XRD-٩WPA-HT٤C"))
                .isTrue();
    }

    @Test
    void anyOtherCodeOrNoStoredCodeDoesNotMatch() {
        assertThat(SetupCodes.matches("K7QM-2XRD-9WPA-HT4C", "K7QM-2XRD-9WPA-HT4D"))
                .isFalse();
        assertThat(SetupCodes.matches("K7QM-2XRD-9WPA-HT4C", "K7QM-2XRD-9WPA")).isFalse();
        assertThat(SetupCodes.matches("K7QM-2XRD-9WPA-HT4C", "")).isFalse();
        assertThat(SetupCodes.matches("K7QM-2XRD-9WPA-HT4C", null)).isFalse();
        assertThat(SetupCodes.matches(null, "")).isFalse();
        assertThat(SetupCodes.matches("", "")).isFalse();
    }

    @Test
    void theUsernameComesFromTheEmail() {
        assertThat(SiteSetup.usernameFrom("Rana.Halabi+news@example.org")).isEqualTo("rana.halabi");
        assertThat(SiteSetup.usernameFrom("رنا@example.org")).isEqualTo("admin");
        assertThat(SiteSetup.usernameFrom("ab@example.org")).isEqualTo("admin");
        assertThat(SiteSetup.usernameFrom(null)).isEqualTo("admin");
        assertThat(SiteSetup.usernameFrom("x".repeat(80) + "@example.org")).hasSize(60);
    }
}
