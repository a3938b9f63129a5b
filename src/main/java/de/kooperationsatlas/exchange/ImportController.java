package de.kooperationsatlas.exchange;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/import}: one ZIP or several CSV files (parts named {@code file}); 200 with the
 * result, 422 with every problem (then nothing was written), 409 while another import runs.
 */
@RestController
@RequestMapping("/api/import")
@Tag(name = "Import and export", description = "The contract's CSV bundle and GraphML")
class ImportController {

    private final ImportService imports;
    private final BundleReader reader;
    private final MessageSource messages;

    ImportController(ImportService imports, BundleReader reader, MessageSource messages) {
        this.imports = imports;
        this.reader = reader;
        this.messages = messages;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(
            summary = "Imports a bundle (ADMIN)",
            description = "One part named file holding a ZIP, or several parts all named file, one per CSV file."
                    + " Everything is validated first; a clean bundle is written in one transaction.")
    @ApiResponse(responseCode = "200", description = "The result: detected files, created and updated counts")
    @ApiResponse(
            responseCode = "422",
            description = "Problems, each with file, line, column and message; nothing was written")
    @ApiResponse(responseCode = "409", description = "Another import is running")
    @ApiResponse(responseCode = "415", description = "Not multipart/form-data")
    ResponseEntity<?> importBundle(
            @Parameter(description = "A ZIP, or CSV files (actors.csv, cooperations.csv, …)")
                    @RequestParam(name = "file", required = false)
                    List<MultipartFile> files,
            @Parameter(description = "true validates only and writes nothing")
                    @RequestParam(name = "dryRun", defaultValue = "false")
                    boolean dryRun,
            HttpServletRequest request)
            throws IOException {
        imports.requireAllowed();
        Locale locale = locale(request);
        Bundle bundle = read(files == null ? List.of() : files);
        ImportResult result = imports.importBundle(bundle, dryRun, locale);
        if (result.ok()) {
            return ResponseEntity.ok(result);
        }
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.UNPROCESSABLE_CONTENT,
                messages.getMessage(
                        "import.problem.detail", new Object[] {result.errors().size()}, locale));
        problem.setTitle(messages.getMessage("import.problem.title", null, locale));
        problem.setProperty("dryRun", result.dryRun());
        problem.setProperty("detected", result.detected());
        problem.setProperty("created", result.created());
        problem.setProperty("updated", result.updated());
        problem.setProperty("errors", result.errors());
        problem.setProperty("warnings", result.warnings());
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    @ExceptionHandler(ImportBusyException.class)
    ResponseEntity<ProblemDetail> busy(ImportBusyException e, HttpServletRequest request) {
        var problem = ProblemDetail.forStatusAndDetail(
                HttpStatus.CONFLICT, messages.getMessage("import.error.busy", null, locale(request)));
        problem.setTitle("Import running");
        problem.setType(URI.create("about:blank"));
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private Bundle read(List<MultipartFile> files) throws IOException {
        List<MultipartFile> parts = files.stream()
                .filter(f -> !f.isEmpty() || f.getOriginalFilename() != null)
                .toList();
        if (parts.size() == 1 && zip(parts.getFirst())) {
            try (InputStream in = parts.getFirst().getInputStream()) {
                return reader.readZip(name(parts.getFirst()), in);
            }
        }
        if (parts.isEmpty()) {
            return new Bundle(List.of(), List.of(ImportIssue.ofFile("", "import.error.noFiles")));
        }
        List<BundleFile> csv = new ArrayList<>();
        for (MultipartFile part : parts) {
            csv.add(new BundleFile(name(part), part.getBytes()));
        }
        return reader.readFiles(csv);
    }

    private static boolean zip(MultipartFile part) throws IOException {
        if (name(part).toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return true;
        }
        try (InputStream in = part.getInputStream()) {
            byte[] magic = in.readNBytes(4);
            return magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3 && magic[3] == 4;
        }
    }

    /** The part's file name without any folder a browser may send along. */
    private static String name(MultipartFile part) {
        String name = part.getOriginalFilename();
        if (name == null || name.isBlank()) {
            return part.getName();
        }
        String plain = name.replace('\\', '/');
        return plain.substring(plain.lastIndexOf('/') + 1);
    }

    /** German unless the request asks for English ({@code Accept-Language: en}). */
    private static Locale locale(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        return header != null && header.strip().toLowerCase(Locale.ROOT).startsWith("en")
                ? Locale.ENGLISH
                : Locale.GERMAN;
    }
}
