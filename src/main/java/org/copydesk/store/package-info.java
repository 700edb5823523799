/**
 * The database: open, migrate (Flyway), back up, and the repositories that save and load model
 * values with revisions and optimistic locking. The only package that speaks SQL; its SQL runs on
 * H2 (embedded default) and PostgreSQL (a shared newsroom server).
 */
package org.copydesk.store;
