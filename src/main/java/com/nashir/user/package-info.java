/**
 * Feature: newsroom accounts — BCrypt passwords, API tokens, login throttling.
 */
package com.nashir.user;
