package dev.luoshi.decode;

import dev.luoshi.InputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * Office 97–2003 containers (OLE2). luoshi reads none of them, but says what the file is and what
 * to do: a Word 97–2003 .doc is to be saved as .docx (reading it would take POI's scratchpad, 4.5
 * MB more in the jar, for a format Word itself converts in one step), and a password-protected
 * .docx (which Word stores in such a container) needs its password removed.
 */
final class Ole2Reader implements FormatReader {
  @Override
  public String format() {
    return "doc";
  }

  @Override
  public SourceText read(String name, byte[] bytes) {
    DirectoryNode root;
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      root = fs.getRoot();
      if (root.hasEntryCaseInsensitive("EncryptionInfo")) {
        throw new InputException(name, "encrypted Word document; remove the password first");
      }
      if (root.hasEntryCaseInsensitive("WordDocument")) {
        throw new InputException(
            name, "Word 97-2003 document (.doc) is not read; save it as .docx in Word");
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof InputException input) {
        throw input;
      }
      throw new InputException(name, "damaged Office 97-2003 file", e);
    }
    throw new InputException(name, "Office 97-2003 file that is not a Word document");
  }
}
