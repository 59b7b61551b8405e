/**
 * Tekst van buiten veilig houden: stuurtekens weigeren bij invoer en onschadelijk maken in logregels en op de
 * Gogo-shell ({@link nl.doorbraak.api.tekst.Tekst}), en een BSN herkennen in vrije tekst
 * ({@link nl.doorbraak.api.tekst.Bsn}). Voor core, web, shell en plug-ins.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package nl.doorbraak.api.tekst;
