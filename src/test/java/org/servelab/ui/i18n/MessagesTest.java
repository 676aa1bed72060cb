package org.servelab.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.ResourceBundle;

import org.junit.jupiter.api.Test;

/** Both languages say everything, and the system locale decides which one opens. */
class MessagesTest {

    @Test
    void chineseHasEveryEnglishKey() {
        ResourceBundle en = Messages.of(Locale.ENGLISH).bundle();
        ResourceBundle zh = Messages.of(Locale.SIMPLIFIED_CHINESE).bundle();
        assertThat(zh.keySet()).containsExactlyInAnyOrderElementsOf(en.keySet());
    }

    @Test
    void languagesFollowTheTag() {
        assertThat(Messages.forTag("zh").get("tab.run")).isEqualTo("运行");
        assertThat(Messages.forTag("zh-TW").get("tab.run")).isEqualTo("运行");
        assertThat(Messages.forTag("en").get("tab.run")).isEqualTo("Run");
        assertThat(Messages.forTag("fr").get("tab.run")).isEqualTo("Run");
    }

    @Test
    void englishIsChosenEvenOnAChineseSystem() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
            assertThat(Messages.of(Locale.ENGLISH).get("tab.run")).isEqualTo("Run");
            assertThat(Messages.forTag(null).get("tab.run")).isEqualTo("运行");
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void numbersAreShort() {
        Messages m = Messages.of(Locale.ENGLISH);
        assertThat(m.number(6.666666)).isEqualTo("6.667");
        assertThat(m.number(11)).isEqualTo("11");
        assertThat(m.number(Double.NaN)).isEqualTo("–");
    }
}
