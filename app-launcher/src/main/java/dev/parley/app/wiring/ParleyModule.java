package dev.parley.app.wiring;

import com.google.inject.AbstractModule;
import java.time.Clock;

/** What every run shares, whatever it hosts: the clock bans and logins expire by. */
final class ParleyModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(Clock.class).toInstance(Clock.systemUTC());
    }
}
