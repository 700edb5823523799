/**
 * The built-in sample edition of the fictional 江澜周报: its articles (story files under
 * {@code assets/sample}), code-drawn photos and page make-up, rebuilt identically on every run.
 */
package org.copydesk.sample;
