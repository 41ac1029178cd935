package jp.renkei.gateway.http;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.EmptyHttpHeaders;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.multipart.DefaultHttpDataFactory;
import io.netty.handler.codec.http.multipart.FileUpload;
import io.netty.handler.codec.http.multipart.HttpPostMultipartRequestDecoder;
import io.netty.handler.codec.http.multipart.HttpPostRequestDecoder;
import io.netty.handler.codec.http.multipart.InterfaceHttpData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import jp.renkei.protocol.validate.Validator;

/** Decodes a multipart/form-data body into named files: one part per file, the part's filename is the file name. */
final class Multipart {

    private Multipart() {
    }

    static boolean is(Request request) {
        String type = request.headers().get(HttpHeaderNames.CONTENT_TYPE);
        return type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    /** The files in the body, in order; names checked by {@link FileNames} and unique. */
    static List<Validator.Named> files(Request request) throws BadRequestException {
        if (!is(request)) {
            throw new BadRequestException("multipart_required", "the body must be multipart/form-data");
        }
        var whole = new DefaultFullHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, "/",
                Unpooled.wrappedBuffer(request.body()), request.headers(), EmptyHttpHeaders.INSTANCE);
        HttpPostMultipartRequestDecoder decoder;
        try {
            decoder = new HttpPostMultipartRequestDecoder(new DefaultHttpDataFactory(false), whole,
                    StandardCharsets.UTF_8);
        } catch (HttpPostRequestDecoder.ErrorDataDecoderException e) {
            throw malformed(e);
        }
        try {
            return named(decoder.getBodyHttpDatas());
        } catch (HttpPostRequestDecoder.ErrorDataDecoderException | IOException e) {
            throw malformed(e);
        } finally {
            decoder.destroy();
        }
    }

    private static List<Validator.Named> named(List<InterfaceHttpData> parts) throws IOException, BadRequestException {
        List<Validator.Named> files = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (InterfaceHttpData part : parts) {
            if (!(part instanceof FileUpload upload)) {
                throw new BadRequestException("unexpected_part",
                        "part '" + part.getName() + "' is not a file; every part must carry a filename");
            }
            String name = FileNames.check(upload.getFilename());
            if (!names.add(name)) {
                throw new BadRequestException("duplicate_file_name", "the file " + name + " is given twice");
            }
            files.add(new Validator.Named(name, upload.get()));
        }
        if (files.isEmpty()) {
            throw new BadRequestException("empty_set", "the body holds no file parts");
        }
        return files;
    }

    private static BadRequestException malformed(Exception e) {
        return new BadRequestException("malformed_multipart", "the multipart body cannot be decoded: "
                + e.getMessage());
    }
}
