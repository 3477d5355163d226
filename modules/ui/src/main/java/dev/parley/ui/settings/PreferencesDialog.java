package dev.parley.ui.settings;

import dev.parley.ui.common.Keys;
import dev.parley.ui.common.Layouts;
import dev.parley.ui.notify.NotifySettings;
import dev.parley.ui.notify.NotifyWhen;
import dev.parley.ui.prefs.UiPreferences;
import dev.parley.ui.theme.Looks;
import dev.parley.ui.theme.Theme;
import java.awt.Window;
import java.awt.event.KeyEvent;
import java.time.Clock;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.Map;
import javax.swing.ButtonGroup;
import javax.swing.JButton;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JDialog;
import javax.swing.JLabel;
import javax.swing.JMenuItem;
import javax.swing.JPanel;
import javax.swing.JRadioButton;
import javax.swing.JSeparator;
import net.miginfocom.swing.MigLayout;

/**
 * Preferences: which messages notify (every one, mentions only, none), a sound, an hour's mute, and the theme.
 * Each change is remembered and applies at once (the theme repaints every window); Close just closes.
 */
public final class PreferencesDialog extends JDialog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final UiPreferences prefs;
    private final Clock clock;
    private final Map<NotifyWhen, JRadioButton> when = new EnumMap<>(NotifyWhen.class);
    private final JCheckBox sound = new JCheckBox("Play a sound");
    private final JCheckBox mute = new JCheckBox("Mute for an hour");
    private final JLabel mutedUntil = new JLabel(" ");
    private final JComboBox<Theme> theme = new JComboBox<>(Theme.values());

    public PreferencesDialog(Window owner, UiPreferences prefs, Clock clock) {
        super(owner, "Preferences", ModalityType.MODELESS);
        this.prefs = prefs;
        this.clock = clock;
        setName("preferencesDialog");
        setDefaultCloseOperation(DISPOSE_ON_CLOSE);
        Keys.escapeCloses(this, this::dispose);

        NotifySettings now = prefs.notifySettings();
        var group = new ButtonGroup();
        for (NotifyWhen choice : NotifyWhen.values()) {
            var button = new JRadioButton(choice.toString(), choice == now.when());
            button.setName("notify" + choice.name());
            button.addActionListener(e -> save());
            group.add(button);
            when.put(choice, button);
        }
        when.get(NotifyWhen.ALL).setMnemonic(KeyEvent.VK_E);
        when.get(NotifyWhen.MENTIONS).setMnemonic(KeyEvent.VK_M);
        when.get(NotifyWhen.NONE).setMnemonic(KeyEvent.VK_N);
        sound.setName("notifySound");
        sound.setMnemonic(KeyEvent.VK_S);
        sound.setSelected(now.sound());
        sound.addActionListener(e -> save());
        mute.setName("muteHour");
        mute.setMnemonic(KeyEvent.VK_H);
        mute.setSelected(now.muted(clock.instant()));
        mute.addActionListener(e -> muteChanged());
        mutedUntil.setName("mutedUntil");
        mutedUntil.putClientProperty("FlatLaf.styleClass", "small");
        theme.setName("theme");
        theme.setSelectedItem(prefs.theme());
        theme.addActionListener(e -> themeChanged());
        var themeLabel = new JLabel("Theme:");
        themeLabel.setDisplayedMnemonic(KeyEvent.VK_T);
        themeLabel.setLabelFor(theme);
        var close = new JButton("Close");
        close.setName("close");
        close.addActionListener(e -> dispose());

        var panel = new JPanel(new MigLayout(Layouts.dialog("wrap 2, fillx"), "[][grow,fill]"));
        panel.add(heading("Notifications"), "span 2, split 2");
        panel.add(new JSeparator(), "growx");
        panel.add(new JLabel("Tell me when someone writes while I look elsewhere:"), "span 2");
        for (JRadioButton button : when.values()) {
            panel.add(button, "span 2, gapleft 12");
        }
        panel.add(sound, "span 2");
        panel.add(mute, "span 2, split 2");
        panel.add(mutedUntil, "gapleft 8");
        panel.add(heading("Appearance"), "span 2, split 2, " + Layouts.SECTION);
        panel.add(new JSeparator(), "growx");
        panel.add(themeLabel);
        panel.add(theme, "w 160!, growx 0");
        panel.add(close, "span 2, right, " + Layouts.SECTION);
        setContentPane(panel);
        getRootPane().setDefaultButton(close);
        showMute(now);
        pack();
        setMinimumSize(getSize());
        setLocationRelativeTo(owner);
    }

    /** Opens the dialog over {@code owner}, in front with the focus. */
    public static void open(Window owner, UiPreferences prefs) {
        var dialog = new PreferencesDialog(owner, prefs, Clock.systemUTC());
        dialog.setVisible(true);
        dialog.toFront();
    }

    /** "Preferences…", for a window's menu. */
    public static JMenuItem menuItem(Window owner, UiPreferences prefs) {
        var item = new JMenuItem("Preferences…", KeyEvent.VK_P);
        item.setName("preferences");
        item.addActionListener(e -> open(owner, prefs));
        return item;
    }

    /** "Preferences…", for a window without a menu. */
    public static JButton button(Window owner, UiPreferences prefs) {
        var button = new JButton("Preferences…");
        button.setName("preferences");
        button.setMnemonic(KeyEvent.VK_P);
        button.putClientProperty("JButton.buttonType", "borderless");
        button.addActionListener(e -> open(owner, prefs));
        return button;
    }

    private static JLabel heading(String text) {
        var label = new JLabel(text);
        label.putClientProperty("FlatLaf.styleClass", "h4");
        return label;
    }

    private NotifyWhen chosen() {
        return when.entrySet().stream()
                .filter(e -> e.getValue().isSelected())
                .map(Map.Entry::getKey)
                .findFirst()
                .orElse(NotifyWhen.ALL);
    }

    private void save() {
        NotifySettings now = prefs.notifySettings().withWhen(chosen()).withSound(sound.isSelected());
        prefs.rememberNotifySettings(now);
    }

    private void muteChanged() {
        NotifySettings now = prefs.notifySettings()
                .mutedUntil(mute.isSelected() ? clock.instant().plus(NotifySettings.MUTE) : null);
        prefs.rememberNotifySettings(now);
        showMute(now);
    }

    private void showMute(NotifySettings now) {
        mutedUntil.setText(
                now.muted(clock.instant())
                        ? "until " + TIME.format(LocalTime.ofInstant(now.mutedUntil(), ZoneId.systemDefault()))
                        : " ");
    }

    private void themeChanged() {
        Theme chosen = (Theme) theme.getSelectedItem();
        if (chosen != null) {
            prefs.rememberTheme(chosen);
            Looks.follow(chosen);
        }
    }
}
