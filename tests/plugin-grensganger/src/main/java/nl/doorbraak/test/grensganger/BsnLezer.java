package nl.doorbraak.test.grensganger;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import nl.doorbraak.api.service.BsnService;

/** Needs the BSN service: it only becomes active once the platform grants the right 'bsn'. */
@Component(service = BsnLezer.class)
public class BsnLezer {

    final BsnService bsn;

    @Activate
    public BsnLezer(@Reference BsnService bsn) {
        this.bsn = bsn;
    }
}
