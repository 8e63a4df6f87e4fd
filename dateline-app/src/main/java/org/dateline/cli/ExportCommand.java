package org.dateline.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.dateline.store.ExportFormat;
import org.dateline.store.Exporter;
import org.dateline.store.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code dateline export --format F [--out PATH]}: the knowledge base as JSONL, CSV, Parquet or GDELT files. */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Export: jsonl (one record per line), csv and parquet (a directory with one file per table),"
        + " gdelt-events and gdelt-gkg (GDELT 2.0 tab-separated column order).")
final class ExportCommand implements Callable<Integer> {
  @Mixin DataOption data;

  @Option(names = "--format", required = true, converter = FormatConverter.class,
      description = "jsonl | csv | parquet | gdelt-events | gdelt-gkg") ExportFormat format;

  @Option(names = "--out", paramLabel = "PATH",
      description = "Output file (jsonl, gdelt-*) or directory (csv, parquet); default dateline-export.<format>.")
  Path out;

  @Override
  public Integer call() {
    String ext = switch (format) {
      case JSONL -> ".jsonl";
      case CSV, PARQUET -> "";
      case GDELT_EVENTS, GDELT_GKG -> ".tsv";
    };
    Path target = out != null ? out
        : Path.of("dateline-export-" + format.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ext);
    try (KnowledgeBase kb = data.openReadOnly()) {
      long n = Exporter.export(kb, format, target);
      System.err.println("wrote " + n + " rows to " + target);
      return 0;
    }
  }

  static final class FormatConverter implements picocli.CommandLine.ITypeConverter<ExportFormat> {
    @Override
    public ExportFormat convert(String value) {
      try {
        return ExportFormat.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "format must be jsonl, csv, parquet, gdelt-events or gdelt-gkg, got '" + value + "'");
      }
    }
  }
}
