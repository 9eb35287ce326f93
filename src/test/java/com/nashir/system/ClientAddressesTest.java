package com.nashir.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientAddressesTest {
    @Test
    void anIpv4AddressIsItsOwnKey() {
        assertThat(ClientAddresses.limitKey("203.0.113.7")).isEqualTo("203.0.113.7");
    }

    @Test
    void ipv6AddressesOfOneSlash64ShareAKey() {
        String a = ClientAddresses.limitKey("2001:db8:1:2:aaaa::1");
        String b = ClientAddresses.limitKey("2001:0db8:0001:0002:ffff:ffff:ffff:fffe");
        String c = ClientAddresses.limitKey("[2001:db8:1:3::1]");
        assertThat(a).isEqualTo(b).isEqualTo("2001:db8:1:2::/64");
        assertThat(c).isEqualTo("2001:db8:1:3::/64");
    }

    @Test
    void anIpv4MappedIpv6AddressCountsAsIpv4() {
        assertThat(ClientAddresses.limitKey("::ffff:198.51.100.4")).isEqualTo("198.51.100.4");
    }

    @Test
    void somethingThatIsNoAddressIsKeptAsItIs() {
        assertThat(ClientAddresses.limitKey("unknown")).isEqualTo("unknown");
        assertThat(ClientAddresses.limitKey(null)).isEqualTo("");
    }
}
