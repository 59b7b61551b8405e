package nl.doorbraak.shell;

import java.util.List;
import java.util.Optional;

import nl.doorbraak.api.domein.Gemeente;
import nl.doorbraak.api.service.GemeenteService;
import nl.doorbraak.api.toegang.Namens;

/** One gemeente, utrecht, for every caller: the shell is the platform itself, which sees them all. */
final class NepGemeenten implements GemeenteService {

    @Override
    public List<Gemeente> alle() {
        return List.of(DoorbraakCommandsTest.UTRECHT);
    }

    @Override
    public Optional<Gemeente> zoek(String id) {
        return alle().stream().filter(g -> g.id().equals(id)).findFirst();
    }

    @Override
    public List<Gemeente> zichtbaar(Namens namens) {
        return alle();
    }

    @Override
    public Optional<Gemeente> zoek(Namens namens, String id) {
        return zoek(id);
    }
}
