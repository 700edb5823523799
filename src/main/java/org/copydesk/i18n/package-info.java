/**
 * The user's language: which one it is (Chinese on a Chinese system, English otherwise, or what
 * {@code -Dcopydesk.locale} says) and the words of each package in it. Every package may use this
 * one; it uses nothing of ours, so an error raised deep in the store reads as the window does.
 */
package org.copydesk.i18n;
