/**
 * Feature: images — content checks, decoding within a memory budget, EXIF stripping, responsive
 * sizes, the media library and where files are stored (local disk or an S3-compatible store).
 */
package com.nashir.media;
