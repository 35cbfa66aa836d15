package io.newstally.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Turns the paths a user names (files and folders, recursively) into article drafts.
 * Every input ends either as drafts or as a rejection with its reason: nothing is skipped
 * silently. Unknown file types inside folders are ignored (a folder may hold images);
 * a file named explicitly with an unknown type is rejected.
 */
public final class ArticleInputs {

    /** Default largest body accepted: anything bigger is not a news article. */
    public static final int DEFAULT_MAX_BYTES = 1024 * 1024;

    private final int maxBytes;

    public ArticleInputs(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    public record Result(List<ArticleDraft> drafts, List<InputRejected> rejected) {
    }

    public Result read(List<Path> paths) {
        List<ArticleDraft> drafts = new ArrayList<>();
        List<InputRejected> rejected = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> files = Files.walk(path)) {
                    files.filter(Files::isRegularFile).filter(ArticleInputs::isArticleFile).sorted()
                            .forEach(f -> readFile(f, drafts::add, rejected::add));
                } catch (IOException | UncheckedIOException e) {
                    rejected.add(new InputRejected(path.toString(), "cannot list folder: " + e.getMessage()));
                }
            } else if (!Files.exists(path)) {
                rejected.add(new InputRejected(path.toString(), "no such file or folder"));
            } else if (!isArticleFile(path)) {
                rejected.add(new InputRejected(path.toString(), "unsupported file type (expected .txt)"));
            } else {
                readFile(path, drafts::add, rejected::add);
            }
        }
        return new Result(drafts, rejected);
    }

    static boolean isArticleFile(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".txt") && !name.startsWith(".");
    }

    private void readFile(Path file, Consumer<ArticleDraft> ok, Consumer<InputRejected> bad) {
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                bad.accept(new InputRejected(file.toString(), "too large: " + size + " bytes, limit " + maxBytes));
                return;
            }
            String text = decodeUtf8(Files.readAllBytes(file));
            ok.accept(TextArticles.parse(text, file.toString()));
        } catch (CharacterCodingException e) {
            bad.accept(new InputRejected(file.toString(), "not valid UTF-8"));
        } catch (IOException e) {
            bad.accept(new InputRejected(file.toString(), "cannot read: " + e.getMessage()));
        } catch (InputRejected e) {
            bad.accept(e);
        }
    }

    static String decodeUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(java.nio.ByteBuffer.wrap(bytes))
                .toString();
    }
}
