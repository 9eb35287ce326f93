/**
 * Feature: tags, the data of their public pages, and tags kept in memory by id ({@code KeptTags}).
 */
package com.nashir.tag;
