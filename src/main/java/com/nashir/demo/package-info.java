/**
 * Feature: the demo content loaded into an empty database (original text written for Nashir).
 */
package com.nashir.demo;
