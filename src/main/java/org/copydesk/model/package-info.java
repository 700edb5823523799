/**
 * The newsroom's nouns as immutable values: editions, pages and their specs, articles and their
 * blocks, photos and captions, and placements on the page grid. Depends on nothing else of ours.
 */
package org.copydesk.model;
