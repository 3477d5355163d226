package dev.parley.ui.violation;

import com.google.inject.Injector;

/** Breaks one of Parley's architecture rules on purpose: RulesCanFailTest shows the rule catches it. */
public final class UsesGuice {

    public static Object make(Injector injector) {
        return injector.getInstance(Object.class);
    }
}
