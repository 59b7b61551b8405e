package nl.doorbraak.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TabelTest {

    @Test
    void kolommenLijnenUitOpDeBreedsteWaarde() {
        Tabel t = new Tabel("ID", "NAAM");
        t.rij("utrecht", "Gemeente Utrecht");
        t.rij("ede", null);

        assertThat(t.toString().split("\n")).containsExactly(
                "ID       NAAM",
                "utrecht  Gemeente Utrecht",
                "ede      -");
    }
}
