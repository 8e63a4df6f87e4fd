package org.dateline.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Reads PETRARCH validation records: {@code <Sentence date id category>} with {@code <EventCoding sourcecode
 * targetcode eventcode>} children (or {@code noevents="True"}) and a {@code <Text>}; {@code <Parse>} is ignored.
 * Records with neither codings nor noevents (error and discard tests) are kept with {@link Record#scored()} false.
 */
public final class PetrarchRecords {
  /** One gold event. */
  public record GoldEvent(String source, String target, String code) {
    public GoldEvent {
      Objects.requireNonNull(source, "source");
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(code, "code");
    }
  }

  /** One validation sentence. */
  public record Record(String id, Optional<LocalDate> date, String category, String text, List<GoldEvent> events,
      boolean noEvents) {
    public Record {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(text, "text");
      events = List.copyOf(events);
    }

    /** True when the record states its expected events (some, or explicitly none). */
    public boolean scored() {
      return noEvents || !events.isEmpty();
    }
  }

  /** A file that is not well-formed PETRARCH XML; {@code line} is 1-based, 0 when unknown. */
  public static final class FormatException extends org.dateline.ingest.FormatException {
    private static final long serialVersionUID = 1L;

    public FormatException(String source, int line, String message, Throwable cause) {
      super(source, line, message, cause);
    }
  }

  /** Fails on the first error instead of printing "[Fatal Error]" lines to stderr; the caller reports it. */
  private enum Silent implements ErrorHandler {
    INSTANCE;

    @Override
    public void warning(SAXParseException e) {}

    @Override
    public void error(SAXParseException e) throws SAXParseException {
      throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXParseException {
      throw e;
    }
  }

  private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

  private PetrarchRecords() {}

  public static List<Record> read(Path file) throws IOException, FormatException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  public static List<Record> read(InputStream in, String source) throws IOException, FormatException {
    Document doc;
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setExpandEntityReferences(false);
      DocumentBuilder builder = f.newDocumentBuilder();
      builder.setErrorHandler(Silent.INSTANCE);
      doc = builder.parse(in, source);
    } catch (SAXParseException e) {
      throw new FormatException(source, e.getLineNumber(), "malformed XML: " + e.getMessage(), e);
    } catch (SAXException | ParserConfigurationException e) {
      throw new FormatException(source, 0, "malformed XML: " + e.getMessage(), e);
    }
    List<Record> out = new ArrayList<>();
    NodeList sentences = doc.getElementsByTagName("Sentence");
    for (int i = 0; i < sentences.getLength(); i++) {
      Element s = (Element) sentences.item(i);
      NodeList texts = s.getElementsByTagName("Text");
      if (texts.getLength() == 0) {
        throw new FormatException(source, 0, "Sentence " + s.getAttribute("id") + " has no <Text>", null);
      }
      String text = String.join(" ", texts.item(0).getTextContent().trim().split("\\s+"));
      List<GoldEvent> events = new ArrayList<>();
      boolean noEvents = false;
      NodeList codings = s.getElementsByTagName("EventCoding");
      for (int k = 0; k < codings.getLength(); k++) {
        Element c = (Element) codings.item(k);
        if (c.getAttribute("noevents").equalsIgnoreCase("true")) {
          noEvents = true;
        } else if (c.hasAttribute("eventcode")) {
          events.add(new GoldEvent(c.getAttribute("sourcecode"), c.getAttribute("targetcode"), c.getAttribute("eventcode")));
        }
      }
      out.add(new Record(s.getAttribute("id"), date(s.getAttribute("date")), s.getAttribute("category"), text,
          events, noEvents && events.isEmpty()));
    }
    return out;
  }

  private static Optional<LocalDate> date(String value) {
    try {
      return value.isBlank() ? Optional.empty() : Optional.of(LocalDate.parse(value.trim(), BASIC));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
