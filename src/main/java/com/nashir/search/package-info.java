/**
 * Feature: the Lucene search index with Arabic analysis, rebuilt from the database at any time,
 * and related articles ("اقرأ أيضاً") from the index.
 */
package com.nashir.search;
