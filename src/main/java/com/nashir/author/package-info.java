/**
 * Feature: authors and desks (bylines), the data of their public pages, and the link between an
 * account and the author it signs as.
 */
package com.nashir.author;
