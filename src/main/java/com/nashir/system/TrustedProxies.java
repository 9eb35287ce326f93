package com.nashir.system;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.catalina.valves.RemoteIpValve;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.tomcat.ConfigurableTomcatWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Forwarded headers ({@code X-Forwarded-For}, {@code -Proto}, {@code -Host}, {@code -Port}) count
 * only when the connection comes from a proxy named in {@code NASHIR_TRUSTED_PROXIES} (IPv4
 * addresses, IPv4 CIDR blocks and IPv6 addresses, separated by commas; default none). Anyone else
 * could otherwise choose the address that the comment limits, stream limits, login throttle and
 * audit log see, and the scheme of the site's links. Tomcat's {@link RemoteIpValve} does the work;
 * Spring Boot's own forwarded-header handling is off ({@code server.forward-headers-strategy=none}),
 * because its default trusts every private and loopback address.
 */
@Configuration
public class TrustedProxies {

    /** Adds the valve (first among the engine's valves, before the page cache's) when proxies are configured. */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    WebServerFactoryCustomizer<ConfigurableTomcatWebServerFactory> trustedProxiesValve(
            @Value("${nashir.trusted-proxies:}") String proxies) {
        Pattern pattern = pattern(proxies);
        return factory -> {
            if (pattern != null) {
                factory.addEngineValves(valve(pattern));
            }
        };
    }

    /** Tomcat's valve trusting exactly {@code proxies}. */
    public static RemoteIpValve valve(Pattern proxies) {
        RemoteIpValve valve = new RemoteIpValve();
        valve.setInternalProxies(proxies.pattern());
        valve.setTrustedProxies(null);
        valve.setRemoteIpHeader("X-Forwarded-For");
        valve.setProtocolHeader("X-Forwarded-Proto");
        valve.setHostHeader("X-Forwarded-Host");
        valve.setPortHeader("X-Forwarded-Port");
        return valve;
    }

    /**
     * The addresses in {@code list} as one regular expression over Tomcat's spelling of a remote
     * address, or null for an empty list. {@code 10.0.0.0/8} and {@code 192.0.2.16/28} become
     * ranges of the octet values they cover; an IPv6 address is matched in Tomcat's full form
     * ({@code 0:0:0:0:0:0:0:1}).
     */
    public static Pattern pattern(String list) {
        List<String> parts = new ArrayList<>();
        for (String item : list == null ? new String[0] : list.split("[,\\s]+")) {
            if (!item.isBlank()) {
                parts.add(one(item.strip()));
            }
        }
        return parts.isEmpty() ? null : Pattern.compile(String.join("|", parts));
    }

    private static String one(String item) {
        String[] cidr = item.split("/", 2);
        InetAddress address = literal(cidr[0], item);
        if (!(address instanceof Inet4Address)) {
            if (cidr.length > 1) {
                throw new IllegalArgumentException(
                        "NASHIR_TRUSTED_PROXIES: IPv6 proxies are listed by address, not block: " + item);
            }
            return Pattern.quote(address.getHostAddress());
        }
        int prefix = cidr.length > 1 ? prefix(cidr[1], item) : 32;
        byte[] b = address.getAddress();
        StringBuilder regex = new StringBuilder();
        for (int octet = 0; octet < 4; octet++) {
            if (octet > 0) {
                regex.append("\\.");
            }
            int bits = Math.max(0, Math.min(8, prefix - octet * 8));
            int first = (b[octet] & 0xff) & (0xff << (8 - bits)) & 0xff;
            int count = 1 << (8 - bits);
            if (bits == 8) {
                regex.append(first);
            } else if (bits == 0) {
                regex.append("\\d{1,3}");
            } else {
                List<String> values = new ArrayList<>();
                for (int v = first; v < first + count; v++) {
                    values.add(Integer.toString(v));
                }
                regex.append('(').append(String.join("|", values)).append(')');
            }
        }
        return regex.toString();
    }

    private static InetAddress literal(String text, String item) {
        // Digits and dots, or an IPv6 literal (with a colon): never a name to resolve.
        if (!(text.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}") || text.matches("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*"))) {
            throw new IllegalArgumentException("NASHIR_TRUSTED_PROXIES: not an address: " + item);
        }
        try {
            return InetAddress.getByName(text); // a literal: no name lookup
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("NASHIR_TRUSTED_PROXIES: not an address: " + item, e);
        }
    }

    private static int prefix(String text, String item) {
        try {
            int p = Integer.parseInt(text);
            if (p >= 0 && p <= 32) {
                return p;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("NASHIR_TRUSTED_PROXIES: not a prefix length: " + item);
    }
}
