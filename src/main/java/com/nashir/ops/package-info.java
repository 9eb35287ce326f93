/**
 * Audience: the operators' door — {@code /actuator} (health public; metrics and Prometheus behind
 * a token).
 */
package com.nashir.ops;
