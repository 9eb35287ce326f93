package com.nashir.comment;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Blocked network addresses: an exact address ({@code 203.0.113.7}, {@code 2001:db8::1}) or a
 * range in CIDR form ({@code 203.0.113.0/24}, {@code 2001:db8::/32}). Only literal addresses are
 * parsed, never host names, so checking a rule never makes a DNS lookup.
 */
public final class AddressRules {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

    private AddressRules() {}

    /** True when the rule is an address or a CIDR range this class understands. */
    public static boolean valid(String rule) {
        return parse(rule) != null;
    }

    /** True when {@code address} matches any of the rules. */
    public static boolean matches(String address, List<String> rules) {
        byte[] a = literal(address);
        if (a == null) {
            return false;
        }
        for (String rule : rules) {
            Range r = parse(rule);
            if (r != null && r.contains(a)) {
                return true;
            }
        }
        return false;
    }

    private record Range(byte[] base, int bits) {
        boolean contains(byte[] a) {
            if (a.length != base.length) {
                return false;
            }
            for (int i = 0; i < bits; i++) {
                int mask = 0x80 >> (i % 8);
                if ((a[i / 8] & mask) != (base[i / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static Range parse(String rule) {
        if (rule == null) {
            return null;
        }
        String r = rule.strip();
        int slash = r.indexOf('/');
        byte[] base = literal(slash < 0 ? r : r.substring(0, slash));
        if (base == null) {
            return null;
        }
        int bits = base.length * 8;
        if (slash >= 0) {
            try {
                bits = Integer.parseInt(r.substring(slash + 1));
            } catch (NumberFormatException e) {
                return null;
            }
            if (bits < 0 || bits > base.length * 8) {
                return null;
            }
        }
        return new Range(base, bits);
    }

    private static byte[] literal(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        if (t.startsWith("[") && t.endsWith("]")) {
            t = t.substring(1, t.length() - 1);
        }
        if (IPV4.matcher(t).matches()) {
            for (String part : t.split("\\.")) {
                if (Integer.parseInt(part) > 255) {
                    return null;
                }
            }
        } else if (!IPV6.matcher(t).matches()) {
            return null;
        }
        try {
            return InetAddress.getByName(t).getAddress();
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
