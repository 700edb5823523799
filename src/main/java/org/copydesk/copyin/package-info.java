/**
 * Tools that clean copy on its way in: Chinese punctuation ({@link org.copydesk.copyin.PunctuationFixer},
 * GB/T 15834-2011) and 简繁 ({@link org.copydesk.copyin.ScriptConverter}, {@link org.copydesk.copyin.ScriptDetector}).
 * Pure functions of text that propose changes as values; the desk, preflight and the window apply or report them.
 */
package org.copydesk.copyin;
