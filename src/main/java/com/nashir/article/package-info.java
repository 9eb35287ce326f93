/**
 * Feature: articles as the newsroom has them — records of every workflow state, their storage
 * ({@code ArticleRepository}; the columns and records of a row in {@code ArticleRows}, the
 * author and tag links in {@code ArticleLinks}, the newsroom's lists in {@code
 * NewsroomArticles}), validation and workflow ({@code ArticleService}, {@code ArticleChecks},
 * {@code ArticleRules}). Readers never see these types: the public side reads
 * through {@code published/}.
 */
package com.nashir.article;
