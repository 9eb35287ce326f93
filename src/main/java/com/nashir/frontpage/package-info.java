/**
 * Feature: the home page's curation — zones, pins with an "until" time, chosen section blocks.
 */
package com.nashir.frontpage;
