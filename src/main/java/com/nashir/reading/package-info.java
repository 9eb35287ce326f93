/**
 * Feature: "الأكثر قراءة" (most read) without cookies — readings held in memory and added to
 * shared per-hour rows.
 */
package com.nashir.reading;
