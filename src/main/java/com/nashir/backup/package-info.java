/**
 * Feature: whole-site backups and restores (the tables in restore order, the media files), used by
 * the command line and the operators.
 */
package com.nashir.backup;
