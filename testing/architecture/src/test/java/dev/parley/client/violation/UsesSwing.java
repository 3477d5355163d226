package dev.parley.client.violation;

import javax.swing.JLabel;

/** Breaks one of Parley's architecture rules on purpose: RulesCanFailTest shows the rule catches it. */
public final class UsesSwing {

    public static String text(JLabel label) {
        return label.getText();
    }
}
