package com.nashir.system;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The key a per-client limit counts under. An IPv4 address is one client; an IPv6 client is its
 * /64, because one subscriber is routinely given a whole /64 and can pick any of its 2^64
 * addresses: counting each address alone would give one attacker an unlimited supply of fresh
 * budgets (stream limits, comment limits, login throttling).
 */
public final class ClientAddresses {
    private ClientAddresses() {}

    /** {@code 203.0.113.7} → itself; {@code 2001:db8:1:2::9} → {@code 2001:db8:1:2::/64}; anything else unchanged. */
    public static String limitKey(String remoteAddress) {
        if (remoteAddress == null) {
            return "";
        }
        String a = remoteAddress.strip();
        if (a.startsWith("[") && a.endsWith("]")) {
            a = a.substring(1, a.length() - 1);
        }
        if (a.indexOf(':') < 0
                || !a.chars().allMatch(c -> Character.digit(c, 16) >= 0 || c == ':' || c == '.' || c == '%')) {
            return a; // IPv4 (or not an address at all): never handed to a resolver
        }
        InetAddress parsed;
        try {
            parsed = InetAddress.getByName(a); // a literal: no name lookup happens
        } catch (UnknownHostException | SecurityException e) {
            return a;
        }
        if (parsed instanceof Inet4Address v4) {
            return v4.getHostAddress(); // ::ffff:a.b.c.d
        }
        if (!(parsed instanceof Inet6Address)) {
            return a;
        }
        byte[] b = parsed.getAddress();
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < 8; i += 2) {
            key.append(Integer.toHexString(((b[i] & 0xff) << 8) | (b[i + 1] & 0xff)))
                    .append(':');
        }
        return key.append(":/64").toString();
    }
}
