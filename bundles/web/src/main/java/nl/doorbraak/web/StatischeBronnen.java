package nl.doorbraak.web;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.servlet.whiteboard.propertytypes.HttpWhiteboardResource;

/**
 * Bestanden uit {@code src/main/static} (in de bundle onder {@code /static}) op {@code /static/*}, door de
 * resource-servlet van het whiteboard; voor stijlen en scripts van de gebruikersinterface.
 */
@Component(service = StatischeBronnen.class)
@HttpWhiteboardResource(pattern = "/static/*", prefix = "/static")
public final class StatischeBronnen {
}
