package nl.doorbraak.test.kapot;

import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import nl.doorbraak.api.variant.TafelVariant;
import nl.doorbraak.api.variant.VariantVeld;

/** A variant whose activation always fails: SCR never registers it, the core must not notice. */
@Component(service = TafelVariant.class, immediate = true)
public class KapotBijActivatie implements TafelVariant {

    @Activate
    void activate() {
        throw new IllegalStateException("kapot bij activatie (testplug-in)");
    }

    @Override
    public String id() {
        return "kapot";
    }

    @Override
    public String naam() {
        return "Kapotte testvariant";
    }

    @Override
    public int schemaVersie() {
        return 1;
    }

    @Override
    public List<VariantVeld> velden() {
        return List.of();
    }
}
