package dev.parley.ui.theme;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Reading each desktop's answer to "is it dark?". */
class SystemThemeTest {

    @Test
    void gtkThemesNamedDarkAreDark() {
        assertThat(SystemTheme.gtkDark("Adwaita-dark")).isTrue();
        assertThat(SystemTheme.gtkDark("Yaru-Dark")).isTrue();
        assertThat(SystemTheme.gtkDark("Adwaita")).isFalse();
    }

    @Test
    void gnomeColorSchemePreferDarkIsDark() {
        assertThat(SystemTheme.gnomeDark("'prefer-dark'\n")).isTrue();
        assertThat(SystemTheme.gnomeDark("'default'\n")).isFalse();
        assertThat(SystemTheme.gnomeDark("")).isFalse();
    }

    @Test
    void macInterfaceStyleDarkIsDark() {
        assertThat(SystemTheme.macDark("Dark\n")).isTrue();
        assertThat(SystemTheme.macDark("")).isFalse();
    }

    @Test
    void windowsAppsUseLightThemeZeroIsDark() {
        String dark = "\r\nHKEY_CURRENT_USER\\Software\\Microsoft\\Windows\\CurrentVersion\\Themes\\Personalize\r\n"
                + "    AppsUseLightTheme    REG_DWORD    0x0\r\n\r\n";
        assertThat(SystemTheme.windowsDark(dark)).isTrue();
        assertThat(SystemTheme.windowsDark(dark.replace("0x0", "0x1"))).isFalse();
        assertThat(SystemTheme.windowsDark("")).isFalse();
    }
}
