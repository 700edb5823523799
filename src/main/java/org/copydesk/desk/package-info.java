/**
 * The desk's operations, one implementation each, called by both front ends: the window's actions
 * and the CLI's commands only ask the user, call a service here and show the answer. {@code app}
 * builds the {@link org.copydesk.desk.Desk} once. Importers plug in as {@link StoryReader}s and
 * export targets as {@link ExportTarget}s, so a new format is written once for both.
 */
package org.copydesk.desk;
