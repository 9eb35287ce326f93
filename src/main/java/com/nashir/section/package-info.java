/**
 * Feature: sections, their order in the site's menu, and the data of their public pages.
 */
package com.nashir.section;
