package org.copydesk.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BylineNameTest {
    @ParameterizedTest
    @CsvSource({
            "张三/摄, 张三",
            "张三 / 摄, 张三",
            "张三／摄, 张三",
            "摄影：李四, 李四",
            "摄影: 李四, 李四",
            "记者 王五 摄, 王五",
            "本报记者 张三 摄, 张三",
            "本报记者张三摄, 张三",
            "新华社记者 赵六 摄, 赵六",
            "通讯员 孙七 摄影, 孙七",
            "Li Ming, Li Ming",
            "欧阳明, 欧阳明",
            "摄影, 摄影"})
    void theNameIsKeptAlone(String byline, String name) {
        assertThat(BylineName.of(byline)).isEqualTo(name);
    }
}
