package vn.baocao.export;

import vn.baocao.messaging.FileContent;

/** A generated file and the line that goes with it in a chat. */
public record ExportFile(FileContent content, String caption) {
}
