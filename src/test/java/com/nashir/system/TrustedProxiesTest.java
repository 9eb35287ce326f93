package com.nashir.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {
    @Test
    void noListTrustsNobody() {
        assertThat(TrustedProxies.pattern("")).isNull();
        assertThat(TrustedProxies.pattern(null)).isNull();
    }

    @Test
    void addressesAndBlocksMatchExactlyWhatTheyCover() {
        Pattern p = TrustedProxies.pattern("127.0.0.1, 10.0.0.0/8,192.0.2.16/28 ::1");
        assertThat(p.matcher("127.0.0.1").matches()).isTrue();
        assertThat(p.matcher("127.0.0.2").matches()).isFalse();
        assertThat(p.matcher("10.200.3.4").matches()).isTrue();
        assertThat(p.matcher("11.0.0.1").matches()).isFalse();
        assertThat(p.matcher("192.0.2.16").matches()).isTrue();
        assertThat(p.matcher("192.0.2.31").matches()).isTrue();
        assertThat(p.matcher("192.0.2.32").matches()).isFalse();
        assertThat(p.matcher("192.0.2.15").matches()).isFalse();
        assertThat(p.matcher("0:0:0:0:0:0:0:1").matches()).isTrue();
        assertThat(p.matcher("172.16.0.1").matches()).isFalse();
        assertThat(p.matcher("1127.0.0.1").matches()).isFalse();
    }

    @Test
    void somethingThatIsNoAddressStopsTheStart() {
        assertThatThrownBy(() -> TrustedProxies.pattern("proxy.example")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrustedProxies.pattern("10.0.0.0/33")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TrustedProxies.pattern("2001:db8::/32")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theValveTrustsOnlyTheList() {
        var valve = TrustedProxies.valve(TrustedProxies.pattern("192.0.2.1"));
        assertThat(valve.getInternalProxies())
                .isEqualTo(TrustedProxies.pattern("192.0.2.1").pattern());
        assertThat(valve.getProtocolHeader()).isEqualTo("X-Forwarded-Proto");
    }
}
