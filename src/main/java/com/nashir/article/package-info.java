/**
 * Feature: articles as the newsroom has them — records of every workflow state, their storage
 * ({@code ArticleRepository}), validation and workflow ({@code ArticleService}, {@code
 * ArticleChecks}, {@code ArticleRules}). Readers never see these types: the public side reads
 * through {@code published/}.
 */
package com.nashir.article;
