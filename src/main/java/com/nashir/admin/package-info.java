/**
 * Audience: the newsroom at {@code /admin} (HTML forms, Spring Security form login, sessions,
 * CSRF). Depends on features for every rule and every write; holds none itself.
 */
package com.nashir.admin;
