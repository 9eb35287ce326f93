/**
 * Feature: live coverage ("تغطية مباشرة") — timestamped updates of an article, the pinned key
 * update, who may post them; each change is written as an event of the breaking log so open pages
 * receive it.
 */
package com.nashir.coverage;
