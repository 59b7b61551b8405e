package nl.doorbraak.plugin.rodeknop;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** Een klok die een test verzet: termijnen, follow-ups en "gewijzigd" zonder te wachten. */
final class TestKlok extends Clock {

    private volatile Instant nu;

    TestKlok(Instant nu) {
        this.nu = nu;
    }

    void zet(Instant nieuw) {
        nu = nieuw;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return nu;
    }
}
