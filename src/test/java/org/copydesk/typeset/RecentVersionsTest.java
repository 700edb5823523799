package org.copydesk.typeset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RecentVersionsTest {
    /** A version of a story: its id and what was typed so far. */
    private record Version(String story, String text) {
    }

    private final RecentVersions<Version, String> cache = new RecentVersions<>(4, 2, Version::story);

    @Test
    void typingKeepsTheNewestTwoVersionsOfTheTypedStoryAndEveryOtherStory() {
        cache.put(new Version("lead", ""), "set lead 0");
        cache.put(new Version("brief", "x"), "set brief");
        for (int typed = 1; typed <= 50; typed++) {
            cache.put(new Version("lead", "a".repeat(typed)), "set lead " + typed);
        }

        assertThat(cache.size()).isEqualTo(3);
        assertThat(cache.get(new Version("lead", "a".repeat(50)))).isEqualTo("set lead 50");
        // One step of undo finds the text before the last keystroke set already.
        assertThat(cache.get(new Version("lead", "a".repeat(49)))).isEqualTo("set lead 49");
        assertThat(cache.get(new Version("lead", "a".repeat(48)))).isNull();
        assertThat(cache.get(new Version("brief", "x"))).isEqualTo("set brief");
    }

    @Test
    void goingBackToAnOlderVersionMakesItTheNewest() {
        cache.put(new Version("lead", "1"), "one");
        cache.put(new Version("lead", "2"), "two");
        cache.put(new Version("lead", "1"), "one again");
        cache.put(new Version("lead", "3"), "three");

        assertThat(cache.get(new Version("lead", "1"))).isEqualTo("one again");
        assertThat(cache.get(new Version("lead", "2"))).isNull();
        assertThat(cache.get(new Version("lead", "3"))).isEqualTo("three");
    }

    @Test
    void beyondItsSizeTheLeastRecentlyUsedGoesAndItsStoryCanBeKeptAgain() {
        for (String story : new String[] {"s1", "s2", "s3", "s4"}) {
            cache.put(new Version(story, ""), story);
        }
        cache.get(new Version("s1", ""));
        cache.put(new Version("s5", ""), "s5");

        assertThat(cache.size()).isEqualTo(4);
        assertThat(cache.get(new Version("s2", ""))).as("least recently used").isNull();
        assertThat(cache.get(new Version("s1", ""))).isEqualTo("s1");
        // s2 was forgotten whole: two new versions of it are kept, as for any story.
        cache.put(new Version("s2", "a"), "s2a");
        cache.put(new Version("s2", "b"), "s2b");
        assertThat(cache.get(new Version("s2", "a"))).isEqualTo("s2a");
        assertThat(cache.get(new Version("s2", "b"))).isEqualTo("s2b");
        assertThat(cache.size()).isEqualTo(4);
    }

    @Test
    void clearForgetsEverything() {
        cache.put(new Version("lead", "1"), "one");
        cache.clear();

        assertThat(cache.size()).isZero();
        assertThat(cache.get(new Version("lead", "1"))).isNull();
    }

    @Test
    void keepsAtLeastOne() {
        assertThatThrownBy(() -> new RecentVersions<Version, String>(1, 0, Version::story))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
