using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace BriefingBot.Infrastructure;

public static class ValidatedOptions
{
    /// <summary>
    /// Binds <typeparamref name="T"/> to a configuration section and checks its data annotations when the
    /// host starts, so a bad setting stops the start with a message naming it instead of failing later.
    /// </summary>
    public static OptionsBuilder<T> AddValidatedOptions<T>(this IServiceCollection services, IConfiguration configuration, string section)
        where T : class =>
        services.AddOptions<T>()
            .Bind(configuration.GetSection(section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
}
