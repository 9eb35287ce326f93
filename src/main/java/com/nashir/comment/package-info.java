/**
 * Feature: readers' comments — moderation, limits, whether an article's comments are open, and
 * {@code PublicComment}, the shape readers see (no email, no address).
 */
package com.nashir.comment;
