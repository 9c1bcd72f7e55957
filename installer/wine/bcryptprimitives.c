/* For installer/wine_test.py only, never shipped: Windows 10 has bcryptprimitives.dll, Wine 8 (Debian 12) does
 * not, and Rust-built wheels (rpds-py, which jsonschema needs) import its ProcessPrng. This stands in for it with
 * BCryptGenRandom, which Wine has, so the installed perfdesk can be tried under Wine as it runs on Windows. */
#include <windows.h>
#include <bcrypt.h>

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T size)
{
    while (size > 0) {
        ULONG chunk = size > 0x40000000 ? 0x40000000 : (ULONG)size;
        if (BCryptGenRandom(NULL, data, chunk, BCRYPT_USE_SYSTEM_PREFERRED_RNG) != 0)
            return FALSE;
        data += chunk;
        size -= chunk;
    }
    return TRUE;
}
